export * from './service';
export { organisationInput, memberInput, themeInput, areaInput, organisationKinds, areaLevels, type OrganisationKind } from './inputs';
export { areaPlacementProblem, buildAreaTree } from './areas';
export { canManageOrganisation, type OrganisationRole } from './policy';
