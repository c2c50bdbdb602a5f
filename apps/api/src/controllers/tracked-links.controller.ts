import { ClickRecorder, LinkClicksRepository, TRACKING_CODE_PATTERN } from '@chorus/shares';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { isbot } from 'isbot';
import { Public } from '../auth/auth.decorators';

/** The small page of an unknown or withdrawn link, in the visitor's language (en or id). */
const NOT_FOUND = {
  en: { lang: 'en', title: 'Link not found', body: 'This link does not lead anywhere (any more). Check that it was copied whole.' },
  id: { lang: 'id', title: 'Tautan tidak ditemukan', body: 'Tautan ini tidak (lagi) mengarah ke mana pun. Periksa apakah tautan disalin utuh.' },
} as const;

/**
 * `GET /r/<code>`: the tracked link every share with a link posts (docs/architecture.md,
 * "Tracked links"). One read of the unique code index, a 302 to the content with its UTM
 * parameters, and the visit handed to the ClickRecorder, which counts it a moment later — unless
 * it came from a bot or link-preview crawler (LinkedIn's included), or is a HEAD or a prefetch.
 * Outside /api/v1 and the OpenAPI document: it answers browsers, not API clients.
 */
@ApiExcludeController()
@Controller('r')
export class TrackedLinksController {
  constructor(
    private readonly links: LinkClicksRepository,
    private readonly recorder: ClickRecorder,
  ) {}

  @Public()
  @Get(':code')
  async follow(@Param('code') code: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const target = TRACKING_CODE_PATTERN.test(code) ? await this.links.findTarget(code) : null;
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Robots-Tag', 'noindex');
    if (!target) {
      const text = req.acceptsLanguages('en', 'id') === 'id' ? NOT_FOUND.id : NOT_FOUND.en;
      res
        .status(404)
        .type('html')
        .send(
          `<!doctype html><html lang="${text.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${text.title}</title>` +
            `<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#1f2937;line-height:1.5}</style></head>` +
            `<body><h1>${text.title}</h1><p>${text.body}</p></body></html>`,
        );
      return;
    }
    const userAgent = req.get('user-agent') ?? '';
    const prefetch = /prefetch|prerender/i.test(`${req.get('sec-purpose') ?? ''} ${req.get('purpose') ?? ''} ${req.get('x-moz') ?? ''}`);
    if (req.method === 'GET' && userAgent !== '' && !isbot(userAgent) && !prefetch) this.recorder.record(target, req.ip ?? '', userAgent);
    res.redirect(302, target.destinationUrl);
  }
}
