import { PartialType } from '@nestjs/swagger';
import { CreateIdentityProviderDto } from './create-identity-provider.dto';

/** Any subset of the creation fields; `metadataXml` re-imports the IdP's endpoints and certificates. */
export class UpdateIdentityProviderDto extends PartialType(CreateIdentityProviderDto) {}
