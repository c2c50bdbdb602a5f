import {
  AuthUser,
  CreatedUser,
  CreateUserDto,
  ImportResult,
  ImportUsersDto,
  Role,
  UpdateUserDto,
  UserExportService,
  UserImportService,
  UserResponse,
  UsersService,
} from '@chorus/identity';
import { Body, Get, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ImportFailedResponse } from '../http/api-responses';
import { IdParam } from '../http/id-param';
import { RateLimited } from '../http/rate-limits';
import { ActionRoute, ApiController, CreateRoute, GetRoute, PatchRoute } from '../http/routes';

@ApiController('users', 'users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly importer: UserImportService,
    private readonly exporter: UserExportService,
  ) {}

  @GetRoute('', [UserResponse], { roles: [Role.Admin, Role.Manager] })
  list(@CurrentUser() actor: AuthUser): Promise<UserResponse[]> {
    return this.users.list(actor);
  }

  @CreateRoute('', CreatedUser, { roles: [Role.Admin], description: 'Invited; the invite link is shown once' })
  create(@CurrentUser() actor: AuthUser, @Body() dto: CreateUserDto): Promise<CreatedUser> {
    return this.users.create(actor, dto);
  }

  @CreateRoute('import', ImportResult, { roles: [Role.Admin] })
  @ApiUnprocessableEntityResponse({ type: ImportFailedResponse, description: 'Nothing was imported; every problem is named by row and field' })
  @RateLimited('user-import')
  import(@CurrentUser() actor: AuthUser, @Body() dto: ImportUsersDto): Promise<ImportResult> {
    return this.importer.import(actor, dto.csv);
  }

  @Get('export.csv')
  @Roles(Role.Admin)
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: "The organisation's users as CSV, formulas neutralised", content: { 'text/csv': { schema: { type: 'string' } } } })
  export(@CurrentUser() actor: AuthUser): StreamableFile {
    const csv = this.exporter.exportCsv(actor);
    return new StreamableFile(Readable.from(csv), { type: 'text/csv; charset=utf-8', disposition: 'attachment; filename="users.csv"' });
  }

  @GetRoute(':id', UserResponse, { roles: [Role.Admin, Role.Manager] })
  get(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<UserResponse> {
    return this.users.get(actor, id);
  }

  @PatchRoute(':id', UserResponse, { roles: [Role.Admin] })
  update(@CurrentUser() actor: AuthUser, @IdParam() id: string, @Body() dto: UpdateUserDto): Promise<UserResponse> {
    return this.users.update(actor, id, dto);
  }

  @ActionRoute(':id/deactivate', UserResponse, { roles: [Role.Admin] })
  deactivate(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<UserResponse> {
    return this.users.deactivate(actor, id);
  }

  @CreateRoute(':id/invite', CreatedUser, { roles: [Role.Admin], description: 'A new invite link; earlier ones stop working' })
  reinvite(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<CreatedUser> {
    return this.users.reinvite(actor, id);
  }
}
