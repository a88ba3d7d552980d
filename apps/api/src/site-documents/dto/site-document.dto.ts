import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHANGE_SUMMARY_MAX, SITE_DOCUMENT_MAX, type AcceptHouseRulesRequest, type PreviewSiteDocumentRequest, type PublishSiteDocumentRequest } from '@moot/contracts';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min, Validate, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';

@ValidatorConstraint({ name: 'notBlank' })
class NotBlank implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && value.trim().length > 0;
  }

  defaultMessage(): string {
    return 'body must not be empty';
  }
}

/** `POST /api/site-documents/:kind/versions`. */
export class PublishSiteDocumentDto implements PublishSiteDocumentRequest {
  @ApiProperty({ maxLength: SITE_DOCUMENT_MAX, description: 'Markdown.' })
  @IsString()
  @Validate(NotBlank)
  @MaxLength(SITE_DOCUMENT_MAX, { message: `body must be at most ${SITE_DOCUMENT_MAX} characters` })
  body!: string;

  @ApiProperty({ description: 'True asks everyone to accept the house rules again.' })
  @IsBoolean({ message: 'material must be true or false' })
  material!: boolean;

  @ApiPropertyOptional({ maxLength: CHANGE_SUMMARY_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(CHANGE_SUMMARY_MAX, { message: `changeSummary must be at most ${CHANGE_SUMMARY_MAX} characters` })
  changeSummary?: string;
}

/** `POST /api/site-documents/preview`. */
export class PreviewSiteDocumentDto implements PreviewSiteDocumentRequest {
  @ApiProperty({ maxLength: SITE_DOCUMENT_MAX })
  @IsString()
  @MaxLength(SITE_DOCUMENT_MAX, { message: `body must be at most ${SITE_DOCUMENT_MAX} characters` })
  body!: string;
}

/** `POST /api/site-documents/house_rules/acceptances`. */
export class AcceptHouseRulesDto implements AcceptHouseRulesRequest {
  @ApiProperty({ minimum: 1 })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be at least 1' })
  @Max(2_147_483_647, { message: 'version is too large' })
  version!: number;
}
