import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { IsOptionalDefined } from '@chorus/validation';
import { CHAT_SERVICES, CHAT_WEBHOOK_STATUSES, ChatService, ChatWebhookStatus } from './chat-webhook.entity';

export class PutChatWebhookDto {
  @ApiProperty({ description: 'The incoming webhook URL of the channel (Slack: https://hooks.slack.com/services/…; Teams: a workflow webhook URL)' })
  @IsString({ message: 'webhookUrl must be a string' })
  @MaxLength(2000, { message: 'webhookUrl must be at most 2000 characters long' })
  webhookUrl!: string;

  @ApiPropertyOptional({ description: "A team's own channel; without it, the organisation's channel" })
  @IsOptionalDefined()
  @IsUUID('all', { message: 'teamId must be the id of a team' })
  teamId?: string;
}

export class ChatWebhookScopeDto {
  @ApiPropertyOptional({ description: "The team whose webhook to remove; without it, the organisation's" })
  @IsOptionalDefined()
  @IsUUID('all', { message: 'teamId must be the id of a team' })
  teamId?: string;
}

/** Described in the OpenAPI document, from which the web app's types are generated. */
export class ChatWebhookResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: CHAT_SERVICES, enumName: 'ChatService' }) service!: ChatService;
  @ApiProperty({ type: String, nullable: true, description: "The team whose channel this is; null for the organisation's" }) teamId!: string | null;
  /** Scheme, host and last characters only: the full URL is never returned. */
  @ApiProperty({ description: 'Scheme, host and the last characters only: the full URL is never returned', example: 'https://hooks.slack.com/…en42' }) maskedUrl!: string;
  @ApiProperty({ enum: CHAT_WEBHOOK_STATUSES, enumName: 'ChatWebhookStatus' }) status!: ChatWebhookStatus;
  @ApiProperty({ type: String, nullable: true, description: 'Why deliveries stopped (set when status is disabled)' }) disabledReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) disabledAt!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}
