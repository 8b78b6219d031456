export {
  computeClusterKey,
  clusterKeyOf,
  clusterBands,
  areNearDuplicates,
  hammingDistance,
  NEAR_DUPLICATE_MAX_DISTANCE,
  EMPTY_CLUSTER_KEY,
} from './cluster-key';
