import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { OutboxHandlerRegistry } from './outbox-handler-registry';
import { OutboxRelay } from './outbox-relay';
import { OutboxRepository } from './outbox.repository';

/** The outbox's writer and relay; part of DbModule, so every module can write events. */
@Module({
  imports: [DiscoveryModule],
  providers: [OutboxRepository, OutboxHandlerRegistry, OutboxRelay],
  exports: [OutboxRepository, OutboxRelay],
})
export class OutboxModule {}
