import { Get, Param } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { ScimController } from './scim-controller.decorator';
import { ScimException } from './scim.exception';
import { ScimListResponse, toListResponse } from './scim-list';
import { RESOURCE_TYPES, SCHEMAS, SERVICE_PROVIDER_CONFIG } from './scim-schemas';

type Document = Record<string, unknown>;

function list(documents: Document[]): ScimListResponse<Document> {
  return toListResponse(documents, documents.length, { startIndex: 1, count: documents.length });
}

function one(documents: Document[], id: string, kind: string): Document {
  const found = documents.find((document) => document.id === id);
  if (!found) throw new ScimException(404, `${kind} ${id} not found.`);
  return found;
}

/** RFC 7644 §4 discovery; static, and readable without a token so clients can learn how to authenticate. */
@ScimController('', { authenticated: false })
export class ScimDiscoveryController {
  @Get('ServiceProviderConfig')
  @ApiOperation({ summary: 'What this SCIM service supports.' })
  serviceProviderConfig(): Document {
    return SERVICE_PROVIDER_CONFIG;
  }

  @Get('ResourceTypes')
  @ApiOperation({ summary: 'User and Group resource types.' })
  resourceTypes(): ScimListResponse<Document> {
    return list(RESOURCE_TYPES);
  }

  @Get('ResourceTypes/:id')
  resourceType(@Param('id') id: string): Document {
    return one(RESOURCE_TYPES, id, 'ResourceType');
  }

  @Get('Schemas')
  @ApiOperation({ summary: 'The User, enterprise User extension and Group schemas as Moot stores them.' })
  schemas(): ScimListResponse<Document> {
    return list(SCHEMAS);
  }

  @Get('Schemas/:id')
  schema(@Param('id') id: string): Document {
    return one(SCHEMAS, id, 'Schema');
  }
}
