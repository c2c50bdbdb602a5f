import { AuthUser, OrganizationResponse, OrganizationsService, Role, UpdateOrganizationDto } from '@chorus/identity';
import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ApiErrorResponses } from '../http/api-responses';

@ApiTags('organization')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('organization')
export class OrganizationController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @ApiOkResponse({ type: OrganizationResponse })
  get(@CurrentUser() actor: AuthUser): Promise<OrganizationResponse> {
    return this.organizations.get(actor);
  }

  @Patch()
  @Roles(Role.Admin)
  @ApiOkResponse({ type: OrganizationResponse })
  update(@CurrentUser() actor: AuthUser, @Body() dto: UpdateOrganizationDto): Promise<OrganizationResponse> {
    return this.organizations.update(actor, dto);
  }
}
