import { AuthUser, CreateTeamDto, Role, TeamResponse, TeamsService, UpdateTeamDto } from '@chorus/identity';
import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ApiErrorResponses } from '../http/api-responses';
import { IdParam } from '../http/id-param';

@ApiTags('teams')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('teams')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @Get()
  @ApiOkResponse({ type: [TeamResponse] })
  list(@CurrentUser() actor: AuthUser): Promise<TeamResponse[]> {
    return this.teams.list(actor);
  }

  @Post()
  @Roles(Role.Admin)
  @ApiCreatedResponse({ type: TeamResponse })
  create(@CurrentUser() actor: AuthUser, @Body() dto: CreateTeamDto): Promise<TeamResponse> {
    return this.teams.create(actor, dto);
  }

  @Patch(':id')
  @Roles(Role.Admin)
  @ApiOkResponse({ type: TeamResponse })
  update(@CurrentUser() actor: AuthUser, @IdParam() id: string, @Body() dto: UpdateTeamDto): Promise<TeamResponse> {
    return this.teams.update(actor, id, dto);
  }
}
