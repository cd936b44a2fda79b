import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { InvitationAcceptanceController, InvitationsController } from './invitations.controller.js';
import { InvitationsService } from './invitations.service.js';
import { MembersController } from './members.controller.js';
import { MembersService } from './members.service.js';
import { NewsroomsController } from './newsrooms.controller.js';
import { NewsroomsService } from './newsrooms.service.js';

@Module({
  imports: [AuthModule],
  controllers: [NewsroomsController, MembersController, InvitationsController, InvitationAcceptanceController],
  providers: [NewsroomsService, MembersService, InvitationsService],
  exports: [NewsroomsService, MembersService],
})
export class NewsroomsModule {}
