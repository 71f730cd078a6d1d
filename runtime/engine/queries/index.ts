/** What the screens ask of a dossier: pure answers from its definition and state. */
export { availableActions, type ActorGrants, type AvailableAction } from './available-actions.ts';
export { dossierAlert, ALERTS, type Alert } from './alert.ts';
export { pathTaken, type PathTaken } from './path.ts';
export { visibleFields } from './visible-fields.ts';
export { actionCatalogue, type CatalogueAction } from './action-catalogue.ts';
