import { AuthUser, CreateTeamDto, Role, TeamResponse, TeamsService, UpdateTeamDto } from '@chorus/identity';
import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { IdParam } from '../http/id-param';

@ApiTags('teams')
@ApiBearerAuth()
@Controller('teams')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @Get()
  list(@CurrentUser() actor: AuthUser): Promise<TeamResponse[]> {
    return this.teams.list(actor);
  }

  @Post()
  @Roles(Role.Admin)
  create(@CurrentUser() actor: AuthUser, @Body() dto: CreateTeamDto): Promise<TeamResponse> {
    return this.teams.create(actor, dto);
  }

  @Patch(':id')
  @Roles(Role.Admin)
  update(@CurrentUser() actor: AuthUser, @IdParam() id: string, @Body() dto: UpdateTeamDto): Promise<TeamResponse> {
    return this.teams.update(actor, id, dto);
  }
}
