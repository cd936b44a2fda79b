import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { WebClientMiddleware } from './web-client.middleware.js';

/** The newsroom web client, served by the desk itself at `/`. */
@Module({})
export class WebModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(WebClientMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
