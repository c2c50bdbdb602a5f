import { APP_CONFIG, AppConfig } from '@chorus/config';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AuthService } from './auth.service';
import { AuditTrail } from './audit-trail';
import { IdentityRepository } from './identity.repository';
import { OrganizationsService } from './organizations.service';
import { PasswordHasher } from './password-hasher';
import { TeamsService } from './teams.service';
import { UserExportService } from './user-export.service';
import { UserImportService } from './user-import.service';
import { IdentityLifecycle } from './identity-lifecycle';
import { UsersService } from './users.service';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.auth.jwtSecret, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } }),
    }),
  ],
  providers: [IdentityRepository, AuditTrail, PasswordHasher, AuthService, UsersService, TeamsService, OrganizationsService, UserImportService, UserExportService, IdentityLifecycle],
  exports: [AuditTrail, AuthService, UsersService, TeamsService, OrganizationsService, UserImportService, UserExportService, IdentityLifecycle, IdentityRepository, PasswordHasher, JwtModule],
})
export class IdentityModule {}
