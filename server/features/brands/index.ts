export { createBrandService, assertValidWatchQuery, type BrandService } from './brands.service';
export { brandRoutes } from './brands.routes';
