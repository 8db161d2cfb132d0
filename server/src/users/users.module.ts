import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { GroupEntity } from '../council/group.entity';
import { UserEntity } from './user.entity';
import { OwnPasswordController } from './own-password.controller';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, GroupEntity]), AuthModule],
  controllers: [UsersController, OwnPasswordController],
  providers: [UsersService],
})
export class UsersModule {}
