import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ProblemDto } from './common/errors/problem.dto.js';

/** The OpenAPI 3 document, generated from the controllers: the API's detailed contract. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('claimdesk API')
    .setDescription(
      'Verification desk for newsrooms: tickets, evidence, verdicts, live co-edited write-ups, role-based sign-off and ClaimReview publishing. ' +
        'Every error is application/problem+json (RFC 9457). Request bodies are JSON (application/json or application/*+json); a body of any other type is 415. ' +
        'Each operation states who may call it in `x-access`.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'access-token')
    .build();
  return SwaggerModule.createDocument(app, config, { extraModels: [ProblemDto] });
}

export function mountOpenApi(app: INestApplication): OpenAPIObject {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/openapi.json',
    raw: ['json'],
    customSiteTitle: 'claimdesk API',
  });
  return document;
}
