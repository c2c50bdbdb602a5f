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
import { Body, Controller, Get, HttpCode, Patch, Post, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { IdParam } from '../http/id-param';
import { RateLimited } from '../http/rate-limits';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly importer: UserImportService,
    private readonly exporter: UserExportService,
  ) {}

  @Get()
  @Roles(Role.Admin, Role.Manager)
  list(@CurrentUser() actor: AuthUser): Promise<UserResponse[]> {
    return this.users.list(actor);
  }

  @Post()
  @Roles(Role.Admin)
  create(@CurrentUser() actor: AuthUser, @Body() dto: CreateUserDto): Promise<CreatedUser> {
    return this.users.create(actor, dto);
  }

  @Post('import')
  @Roles(Role.Admin)
  @RateLimited('user-import')
  import(@CurrentUser() actor: AuthUser, @Body() dto: ImportUsersDto): Promise<ImportResult> {
    return this.importer.import(actor, dto.csv);
  }

  @Get('export.csv')
  @Roles(Role.Admin)
  @ApiProduces('text/csv')
  export(@CurrentUser() actor: AuthUser): StreamableFile {
    const csv = this.exporter.exportCsv(actor);
    return new StreamableFile(Readable.from(csv), { type: 'text/csv; charset=utf-8', disposition: 'attachment; filename="users.csv"' });
  }

  @Get(':id')
  @Roles(Role.Admin, Role.Manager)
  get(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<UserResponse> {
    return this.users.get(actor, id);
  }

  @Patch(':id')
  @Roles(Role.Admin)
  update(@CurrentUser() actor: AuthUser, @IdParam() id: string, @Body() dto: UpdateUserDto): Promise<UserResponse> {
    return this.users.update(actor, id, dto);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Roles(Role.Admin)
  deactivate(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<UserResponse> {
    return this.users.deactivate(actor, id);
  }

  @Post(':id/invite')
  @Roles(Role.Admin)
  reinvite(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<CreatedUser> {
    return this.users.reinvite(actor, id);
  }
}
