import { AuthUser, CreateTeamDto, Role, TeamResponse, TeamsService, UpdateTeamDto } from '@chorus/identity';
import { Body } from '@nestjs/common';
import { CurrentUser } from '../auth/auth.decorators';
import { IdParam } from '../http/id-param';
import { ApiController, CreateRoute, GetRoute, PatchRoute } from '../http/routes';

@ApiController('teams', 'teams')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @GetRoute('', [TeamResponse])
  list(@CurrentUser() actor: AuthUser): Promise<TeamResponse[]> {
    return this.teams.list(actor);
  }

  @CreateRoute('', TeamResponse, { roles: [Role.Admin] })
  create(@CurrentUser() actor: AuthUser, @Body() dto: CreateTeamDto): Promise<TeamResponse> {
    return this.teams.create(actor, dto);
  }

  @PatchRoute(':id', TeamResponse, { roles: [Role.Admin] })
  update(@CurrentUser() actor: AuthUser, @IdParam() id: string, @Body() dto: UpdateTeamDto): Promise<TeamResponse> {
    return this.teams.update(actor, id, dto);
  }
}
