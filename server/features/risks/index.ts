export { type PlaybookDirectory, type RiskService, createRiskService } from './risks.service';
export { riskRoutes } from './risks.routes';
export { playbookDirectoryOf } from './playbook-directory';
