import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { IsOptionalDefined } from '@chorus/validation';

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

export interface ChatWebhookResponse {
  id: string;
  service: 'slack' | 'teams';
  teamId: string | null;
  /** Scheme, host and last characters only: the full URL is never returned. */
  maskedUrl: string;
  status: 'active' | 'disabled';
  disabledReason: string | null;
  disabledAt: string | null;
  updatedAt: string;
}
