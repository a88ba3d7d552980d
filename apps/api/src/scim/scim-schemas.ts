import {
  SCHEMA_ENTERPRISE_USER,
  SCHEMA_GROUP,
  SCHEMA_RESOURCE_TYPE,
  SCHEMA_SCHEMA,
  SCHEMA_SERVICE_PROVIDER_CONFIG,
  SCHEMA_USER,
  SCIM_MAX_RESULTS,
} from './scim.constants';

/** Static discovery documents (RFC 7643 §5–7) describing exactly what Moot stores and answers. */

interface AttributeOptions {
  type?: 'string' | 'boolean' | 'complex' | 'reference' | 'dateTime';
  multiValued?: boolean;
  required?: boolean;
  caseExact?: boolean;
  mutability?: 'readOnly' | 'readWrite' | 'immutable' | 'writeOnly';
  uniqueness?: 'none' | 'server' | 'global';
  description: string;
  subAttributes?: Record<string, unknown>[];
  referenceTypes?: string[];
}

function attribute(name: string, options: AttributeOptions): Record<string, unknown> {
  return {
    name,
    type: options.type ?? 'string',
    multiValued: options.multiValued ?? false,
    description: options.description,
    required: options.required ?? false,
    caseExact: options.caseExact ?? false,
    mutability: options.mutability ?? 'readWrite',
    returned: 'default',
    uniqueness: options.uniqueness ?? 'none',
    ...(options.subAttributes ? { subAttributes: options.subAttributes } : {}),
    ...(options.referenceTypes ? { referenceTypes: options.referenceTypes } : {}),
  };
}

function schema(id: string, name: string, description: string, attributes: Record<string, unknown>[]): Record<string, unknown> {
  return { schemas: [SCHEMA_SCHEMA], id, name, description, attributes, meta: { resourceType: 'Schema', location: `/scim/v2/Schemas/${id}` } };
}

export const USER_SCHEMA = schema(SCHEMA_USER, 'User', 'A member of staff', [
  attribute('userName', { required: true, uniqueness: 'server', description: "The person's work email address (lower-cased)." }),
  attribute('name', {
    type: 'complex',
    description: "The person's name.",
    subAttributes: [
      attribute('givenName', { description: 'Given name (at most 80 characters).' }),
      attribute('familyName', { description: 'Family name (at most 80 characters).' }),
      attribute('formatted', { mutability: 'readOnly', description: 'Given and family name together.' }),
    ],
  }),
  attribute('displayName', { description: 'Name shown to colleagues (at most 120 characters); derived from name when absent.' }),
  attribute('title', { description: 'Job title (at most 120 characters).' }),
  attribute('emails', {
    type: 'complex',
    multiValued: true,
    mutability: 'readOnly',
    description: 'The work email address, which is always userName.',
    subAttributes: [attribute('value', { description: 'Email address.' }), attribute('type', { description: 'Always "work".' }), attribute('primary', { type: 'boolean', description: 'Always true.' })],
  }),
  attribute('active', { type: 'boolean', description: 'False deactivates the account and signs the person out everywhere at once.' }),
  attribute('externalId', { caseExact: true, uniqueness: 'server', description: "The identity provider's id for the person." }),
]);

export const ENTERPRISE_USER_SCHEMA = schema(SCHEMA_ENTERPRISE_USER, 'EnterpriseUser', 'Enterprise User extension', [
  attribute('department', { description: 'Department name; a department of that name is created when new.' }),
]);

export const GROUP_SCHEMA = schema(SCHEMA_GROUP, 'Group', 'A directory group', [
  attribute('displayName', { required: true, uniqueness: 'server', description: 'Group name (unique, at most 256 characters).' }),
  attribute('externalId', { caseExact: true, description: "The identity provider's id for the group." }),
  attribute('members', {
    type: 'complex',
    multiValued: true,
    description: 'Members of the group: Moot user ids.',
    subAttributes: [
      attribute('value', { caseExact: true, mutability: 'immutable', description: 'The id of a Moot user.' }),
      attribute('display', { mutability: 'readOnly', description: "The member's display name." }),
      attribute('$ref', { type: 'reference', referenceTypes: ['User'], mutability: 'immutable', description: 'URI of the member.' }),
    ],
  }),
]);

export const SCHEMAS = [USER_SCHEMA, ENTERPRISE_USER_SCHEMA, GROUP_SCHEMA];

export const RESOURCE_TYPES = [
  {
    schemas: [SCHEMA_RESOURCE_TYPE],
    id: 'User',
    name: 'User',
    endpoint: '/Users',
    description: 'Staff accounts',
    schema: SCHEMA_USER,
    schemaExtensions: [{ schema: SCHEMA_ENTERPRISE_USER, required: false }],
    meta: { resourceType: 'ResourceType', location: '/scim/v2/ResourceTypes/User' },
  },
  {
    schemas: [SCHEMA_RESOURCE_TYPE],
    id: 'Group',
    name: 'Group',
    endpoint: '/Groups',
    description: 'Directory groups',
    schema: SCHEMA_GROUP,
    schemaExtensions: [],
    meta: { resourceType: 'ResourceType', location: '/scim/v2/ResourceTypes/Group' },
  },
];

export const SERVICE_PROVIDER_CONFIG = {
  schemas: [SCHEMA_SERVICE_PROVIDER_CONFIG],
  documentationUri: 'https://datatracker.ietf.org/doc/html/rfc7644',
  patch: { supported: true },
  bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
  filter: { supported: true, maxResults: SCIM_MAX_RESULTS },
  changePassword: { supported: false },
  sort: { supported: false },
  etag: { supported: false },
  authenticationSchemes: [
    {
      type: 'oauthbearertoken',
      name: 'Bearer token',
      description: 'Authorization: Bearer <token>, with a token a Moot admin issued under Admin › SCIM tokens.',
      specUri: 'https://www.rfc-editor.org/rfc/rfc6750',
      primary: true,
    },
  ],
  meta: { resourceType: 'ServiceProviderConfig', location: '/scim/v2/ServiceProviderConfig' },
};
