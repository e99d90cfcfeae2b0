// Every module's tables, gathered for Drizzle's typed queries. Modules still touch only their own.
export * from '../modules/identity/schema';
export * from '../modules/network/schema';
export * from '../modules/spaces/schema';
export * from '../modules/notifications/schema';
export * from '../modules/gatherings/schema';
export * from '../modules/inputs/schema';
export * from '../modules/programme/schema';
export * from '../modules/requests/schema';
export * from '../jobs/schema';
export * from '../modules/budgeting/schema';
