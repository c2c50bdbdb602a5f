import { APP_CONFIG, AppConfig } from '@chorus/config';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';

export interface OutgoingMail {
  /** Also the Message-ID's local part: a relay that receives a repeat can tell. */
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** An SMTP answer that means the message will never be accepted (5xx), as opposed to a try-again-later. */
export class PermanentMailError extends Error {
  override readonly name = 'PermanentMailError';
}

/**
 * Sends through the relay of `SMTP_URL` with nodemailer. Without `SMTP_URL` nothing is
 * sent: `configured` is false and the mail stays on the "Sent mail" page.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private transporter: Transporter | null = null;
  private readonly host: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.host = new URL(config.appUrl).hostname || 'chorus.local';
  }

  get configured(): boolean {
    return this.config.mail.smtpUrl !== null;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.config.mail.smtpUrl) throw new Error('No SMTP_URL is set; the mail is kept instead.');
    this.transporter ??= createTransport(this.config.mail.smtpUrl, { from: this.config.mail.from });
    try {
      await this.transporter.sendMail({
        from: this.config.mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
        messageId: `<${mail.id}@${this.host}>`,
      });
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      // Never the URL (it may hold the relay's password): the SMTP answer names what went wrong.
      const reason = `${(error as { code?: string }).code ?? 'SMTP'}${code ? ` ${code}` : ''}: ${String((error as Error).message).replace(/\/\/[^@\s]*@/g, '//***@').slice(0, 300)}`;
      if (code !== undefined && code >= 500) throw new PermanentMailError(reason);
      throw new Error(reason);
    }
  }

  onModuleDestroy(): void {
    this.transporter?.close();
    this.transporter = null;
  }
}
