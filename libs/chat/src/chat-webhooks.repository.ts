import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, EntityManager, Not } from 'typeorm';
import { ChatService, ChatWebhook, ORGANIZATION_SCOPE } from './chat-webhook.entity';

@Injectable()
export class ChatWebhooksRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(organizationId: string): Promise<ChatWebhook[]> {
    return this.dataSource.getRepository(ChatWebhook).find({ where: { organizationId }, order: { service: 'ASC', createdAt: 'ASC' } });
  }

  find(id: string): Promise<ChatWebhook | null> {
    return this.dataSource.getRepository(ChatWebhook).findOneBy({ id });
  }

  findScoped(organizationId: string, service: ChatService, teamId: string | null, manager: EntityManager = this.dataSource.manager): Promise<ChatWebhook | null> {
    return manager.getRepository(ChatWebhook).findOneBy({ organizationId, service, scopeKey: teamId ?? ORGANIZATION_SCOPE });
  }

  async save(manager: EntityManager, webhook: ChatWebhook): Promise<void> {
    await manager.getRepository(ChatWebhook).save(webhook);
  }

  async remove(organizationId: string, service: ChatService, teamId: string | null): Promise<boolean> {
    const result = await this.dataSource.getRepository(ChatWebhook).delete({ organizationId, service, scopeKey: teamId ?? ORGANIZATION_SCOPE });
    return (result.affected ?? 0) > 0;
  }

  /**
   * Active webhooks a message for these teams goes to: the organisation's, and those of the
   * teams named (every team's when `teamIds` is null: the message is for everyone).
   */
  activeFor(manager: EntityManager, organizationId: string, teamIds: string[] | null): Promise<ChatWebhook[]> {
    const q = manager.getRepository(ChatWebhook).createQueryBuilder('w').where("w.organizationId = :organizationId AND w.status = 'active'", { organizationId });
    if (teamIds) {
      q.andWhere(
        new Brackets((scope) => {
          scope.where('w.teamId IS NULL');
          if (teamIds.length > 0) scope.orWhere('w.teamId IN (:...teamIds)', { teamIds });
        }),
      );
    }
    return q.getMany();
  }

  /** Active -> disabled; false when it was disabled (or replaced) meanwhile. */
  async disable(manager: EntityManager, webhook: ChatWebhook, reason: string, at: Date): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ChatWebhook)
      .set({ status: 'disabled', disabledReason: reason.slice(0, 500), disabledAt: at, updatedAt: at })
      .where(`"id" = :id AND "status" = 'active' AND "urlCiphertext" = :ciphertext`, { id: webhook.id, ciphertext: webhook.urlCiphertext })
      .execute();
    return Boolean(result.affected);
  }

  notUnderKey(keyId: string, limit: number): Promise<ChatWebhook[]> {
    return this.dataSource.getRepository(ChatWebhook).find({ where: { keyId: Not(keyId) }, take: limit });
  }

  countNotUnderKey(keyId: string): Promise<number> {
    return this.dataSource.getRepository(ChatWebhook).count({ where: { keyId: Not(keyId) } });
  }
}
