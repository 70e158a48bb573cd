import { Module } from '@nestjs/common';
import { RefreshTokens } from './refresh-tokens';

@Module({ providers: [RefreshTokens], exports: [RefreshTokens] })
export class AccountsModule {}
