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
import { Body, Controller, Get, HttpCode, Param, Patch, Post, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ApiErrorResponses, ImportFailedResponse } from '../http/api-responses';
import { IdParam } from '../http/id-param';
import { RateLimited } from '../http/rate-limits';

@ApiTags('users')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly importer: UserImportService,
    private readonly exporter: UserExportService,
  ) {}

  @Get()
  @Roles(Role.Admin, Role.Manager)
  @ApiOkResponse({ type: [UserResponse] })
  list(@CurrentUser() actor: AuthUser): Promise<UserResponse[]> {
    return this.users.list(actor);
  }

  @Post()
  @Roles(Role.Admin)
  @ApiCreatedResponse({ type: CreatedUser, description: 'Invited; the invite link is shown once' })
  create(@CurrentUser() actor: AuthUser, @Body() dto: CreateUserDto): Promise<CreatedUser> {
    return this.users.create(actor, dto);
  }

  @Post('import')
  @Roles(Role.Admin)
  @ApiCreatedResponse({ type: ImportResult })
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

  @Get(':id')
  @Roles(Role.Admin, Role.Manager)
  @ApiOkResponse({ type: UserResponse })
  get(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<UserResponse> {
    return this.users.get(actor, id);
  }

  @Patch(':id')
  @Roles(Role.Admin)
  @ApiOkResponse({ type: UserResponse })
  update(@CurrentUser() actor: AuthUser, @IdParam() id: string, @Body() dto: UpdateUserDto): Promise<UserResponse> {
    return this.users.update(actor, id, dto);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Roles(Role.Admin)
  @ApiOkResponse({ type: UserResponse })
  deactivate(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<UserResponse> {
    return this.users.deactivate(actor, id);
  }

  @Post(':id/invite')
  @Roles(Role.Admin)
  @ApiCreatedResponse({ type: CreatedUser, description: 'A new invite link; earlier ones stop working' })
  reinvite(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<CreatedUser> {
    return this.users.reinvite(actor, id);
  }
}
