import { fieldProblem, userMessage } from '@chorus/messages';
import { AuditTrail } from './audit-trail';
import { Clock } from '@chorus/config';
import { Transactions } from '@chorus/db';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CreateTeamDto, UpdateTeamDto } from './dto/identity.dto';
import { mapTeam, TeamResponse } from './dto/identity-responses';
import { Team } from './entities';
import { IdentityRepository } from './identity.repository';
import { requireRole } from './permissions';
import { AuthUser, Role } from './roles';

@Injectable()
export class TeamsService {
  constructor(
    private readonly repository: IdentityRepository,
    private readonly audit: AuditTrail,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  async list(actor: AuthUser): Promise<TeamResponse[]> {
    const teams = await this.repository.listTeams(actor.organizationId);
    return teams.map((t) => mapTeam(t));
  }

  async create(actor: AuthUser, dto: CreateTeamDto): Promise<TeamResponse> {
    requireRole(actor, [Role.Admin], 'action.createTeams');
    if (dto.managerId) await this.assertManager(actor.organizationId, dto.managerId);
    const existing = await this.repository.listTeams(actor.organizationId);
    if (existing.some((t) => t.name.toLowerCase() === dto.name.toLowerCase())) {
      throw new ConflictException(userMessage('team.nameTaken', { name: dto.name }));
    }
    const team: Team = {
      id: randomUUID(),
      organizationId: actor.organizationId,
      name: dto.name,
      managerId: dto.managerId ?? null,
      createdAt: this.clock.now(),
    };
    await this.transactions.run(async (m) => {
      await this.repository.insertTeam(m, team);
      await this.audit.record(m, { organizationId: actor.organizationId, actorId: actor.id, action: 'team.created', targetType: 'team', targetId: team.id, detail: { name: team.name } });
    });
    return mapTeam(team, 0);
  }

  async update(actor: AuthUser, id: string, dto: UpdateTeamDto): Promise<TeamResponse> {
    requireRole(actor, [Role.Admin], 'action.changeTeams');
    const team = await this.repository.findTeamInOrganization(actor.organizationId, id);
    if (!team) throw new NotFoundException(userMessage('team.notFound'));
    if (dto.managerId) await this.assertManager(actor.organizationId, dto.managerId);
    const before = { name: team.name, managerId: team.managerId };
    if (dto.name !== undefined) team.name = dto.name;
    if (dto.managerId !== undefined) team.managerId = dto.managerId;
    await this.transactions.run(async (m) => {
      await this.repository.updateTeam(m, team.id, { name: team.name, managerId: team.managerId });
      await this.audit.record(m, { organizationId: actor.organizationId, actorId: actor.id, action: 'team.updated', targetType: 'team', targetId: team.id, detail: { name: team.name, from: before, to: { name: team.name, managerId: team.managerId } } });
    });
    return mapTeam(team);
  }

  private async assertManager(organizationId: string, userId: string): Promise<void> {
    const user = await this.repository.findUserInOrganization(organizationId, userId);
    if (!user) throw new BadRequestException(fieldProblem('managerId', 'user.unknownManager', { id: userId }));
  }
}
