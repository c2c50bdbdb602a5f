import { AuthUser, OrganizationResponse, OrganizationsService, Role, UpdateOrganizationDto } from '@chorus/identity';
import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';

@ApiTags('organization')
@ApiBearerAuth()
@Controller('organization')
export class OrganizationController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  get(@CurrentUser() actor: AuthUser): Promise<OrganizationResponse> {
    return this.organizations.get(actor);
  }

  @Patch()
  @Roles(Role.Admin)
  update(@CurrentUser() actor: AuthUser, @Body() dto: UpdateOrganizationDto): Promise<OrganizationResponse> {
    return this.organizations.update(actor, dto);
  }
}
