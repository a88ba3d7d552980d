export * from './api-error';
export * from './health';
export * from './session';
export * from './return-to';
export * from './socket-events';
export * from './identity-providers';
export * from './scim-tokens';
export * from './people';
