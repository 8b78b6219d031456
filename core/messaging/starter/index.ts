export { type StarterTemplate, isStarterKindFitting, listStarterTemplates } from './starter-library';
export { STARTER_CRISIS_TYPES, type StarterCrisisType } from './starter-situations';
