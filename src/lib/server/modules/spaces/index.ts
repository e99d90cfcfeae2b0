export * from './service';
export { registerComponent, registeredComponents, componentByKey, type ComponentManifest } from './components';
export { spaceInput, phaseInput, phasesInput, componentsInput, spaceRoleInput } from './inputs';
export { phaseState, amsterdamToday } from './phases';
export { canViewSpace, canManageSpace, canFacilitate, canModerate, type SpaceRole, type SpaceStanding } from './policy';
