/**
 * Spanish articles. A fictional regional government's announcement in
 * Almedra (almedra-*: minimum wage, pensions, unemployment, an opposition
 * figure) reported by four outlets, and the walking study (walk-*).
 */
import type { LabelledArticle } from '../labels.js';

export const articles: LabelledArticle[] = [
  {
    id: 'es-d1',
    language: 'es',
    outlet: 'Diario de Almedra',
    format: 'html',
    url: 'https://diarioalmedra.example/economia/salario-minimo-1200',
    publishedAt: '2026-10-06T09:00:00Z',
    text: `<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>El salario mínimo subirá a 1.200 euros en enero | Diario de Almedra</title>
<script async src="https://ads.example/tag.js"></script></head><body>
<div class="cmp">Utilizamos cookies propias y de terceros para fines analíticos y para mostrarte publicidad personalizada. Aceptar | Configurar | Rechazar</div>
<nav>Portada | Almedra | Economía | Deportes | Cultura | Opinión | Hemeroteca</nav>
<article>
<h1>El salario mínimo subirá a 1.200 euros en enero</h1>
<h2>El Ejecutivo regional presenta su paquete económico para 2027 entre críticas de la oposición</h2>
<p class="firma">Lucía Ortega | Almedra | 6 oct. 2026 - 11:00 CEST | Actualizado: 6 oct. 2026 - 13:24 CEST</p>
<p>El presidente del Gobierno de Almedra, Ramón Ibarra, anunció este lunes que el salario mínimo regional subirá a 1.200 euros mensuales a partir del 1 de enero.</p>
<p>Ibarra también avanzó que las pensiones se revalorizarán un 3 % el próximo año, por encima de la inflación prevista.</p>
<p>Según los datos de la consejería de Empleo, la tasa de paro bajó al 11,4 % en el tercer trimestre, la cifra más baja desde 2008.</p>
<p>El principal partido de la oposición sostiene, en cambio, que la región ha perdido 50.000 empleos industriales en los últimos cuatro años.</p>
<p>Las patronales pidieron prudencia y recordaron que muchas pequeñas empresas todavía arrastran deudas de años anteriores.</p>
<p>El paquete deberá ser aprobado por el Parlamento regional antes de diciembre.</p>
</article>
<div class="compartir">Compartir en Facebook | Compartir en X | Enviar por WhatsApp | Copiar enlace</div>
<div class="suscripcion">Suscríbete al Diario de Almedra por 1 € el primer mes. Has leído 4 de 10 noticias gratuitas.</div>
<div class="relacionadas">Te puede interesar: Las obras del tranvía de Almedra se retrasan hasta primavera</div>
<footer>&copy; Ediciones Almedrinas S.L. Todos los derechos reservados. Aviso legal | Privacidad | Cookies</footer>
</body></html>`,
    claims: [
      { id: 'es-d1-c1', group: 'almedra-salario', key: ['salario mínimo', '1.200 euros'] },
      { id: 'es-d1-c2', group: 'almedra-pensiones', key: ['pensiones', '3 %'] },
      { id: 'es-d1-c3', group: 'almedra-paro', key: ['11,4 %'] },
      { id: 'es-d1-c4', group: 'almedra-empleos', key: ['50.000 empleos'] },
    ],
    boilerplate: [
      'Utilizamos cookies propias y de terceros',
      'Portada | Almedra | Economía | Deportes',
      'Lucía Ortega | Almedra | 6 oct. 2026',
      'Compartir en Facebook | Compartir en X',
      'Suscríbete al Diario de Almedra por 1 €',
      'Has leído 4 de 10 noticias gratuitas',
      'Las obras del tranvía de Almedra se retrasan hasta primavera',
      '© Ediciones Almedrinas S.L. Todos los derechos reservados.',
    ],
  },
  {
    id: 'es-d2',
    language: 'es',
    outlet: 'Onda Almedra Radio',
    format: 'text',
    title: 'Ibarra promete mil doscientos euros de salario mínimo',
    publishedAt: '2026-10-06T14:30:00Z',
    text: `Onda Almedra Radio | Escúchanos en directo | Programas | Podcasts
Última hora · Almedra · Economía

Ibarra promete mil doscientos euros de salario mínimo

Redacción | 06/10/2026 16:30 | 2 min de lectura

Los trabajadores que cobran el mínimo en Almedra pasarán a ganar mil doscientos euros al mes desde enero, según ha prometido el presidente regional Ramón Ibarra.

En la misma comparecencia, Ibarra aseguró que el desempleo ha caído hasta el once coma cuatro por ciento.

Los jubilados verán subir su pensión un tres por ciento en 2027, añadió.

La oposición respondió en un comunicado que "la región ha destruido cincuenta mil puestos de trabajo en la industria" desde que gobierna Ibarra.

Los sindicatos valoraron positivamente la subida, aunque reclamaron que llegue también a los trabajadores del campo con contratos temporales.

El consejero de Hacienda calcula que la medida costará a la administración regional unos 90 millones de euros al año.

Escucha la entrevista completa en nuestro programa de la mañana.
Descarga la app de Onda Almedra y no te pierdas nada.
Onda Almedra Radio © 2026 · Todos los derechos reservados`,
    claims: [
      { id: 'es-d2-c1', group: 'almedra-salario', key: ['mil doscientos euros al mes'] },
      { id: 'es-d2-c2', group: 'almedra-paro', key: ['desempleo', 'once coma cuatro por ciento'] },
      { id: 'es-d2-c3', group: 'almedra-pensiones', key: ['pensión', 'tres por ciento'] },
      { id: 'es-d2-c4', group: 'almedra-empleos', key: ['cincuenta mil puestos de trabajo'] },
      { id: 'es-d2-c5', group: 'almedra-coste', key: ['90 millones de euros'] },
    ],
    boilerplate: [
      'Onda Almedra Radio | Escúchanos en directo',
      'Última hora · Almedra · Economía',
      'Redacción | 06/10/2026 16:30 | 2 min de lectura',
      'Escucha la entrevista completa en nuestro programa de la mañana.',
      'Descarga la app de Onda Almedra',
      'Onda Almedra Radio © 2026',
    ],
  },
  {
    id: 'es-d3',
    language: 'es',
    outlet: 'La Voz Libre de Almedra',
    format: 'text',
    publishedAt: '2026-10-07T08:10:00Z',
    text: `LA VOZ LIBRE DE ALMEDRA · periodismo sin ataduras
Inicio · Política · Economía · Vídeos · Hazte socio

La gran mentira del paro: Ibarra maquilla las cifras mientras la industria se desangra

Publicado el 7 de octubre de 2026 · 6.312 lecturas · 58 comentarios

Ibarra presume de que el paro está en el 11,4%, pero se olvida de los miles de parados que han dejado de buscar empleo y ya no cuentan.

La realidad es que se han perdido unos 50000 empleos en la industria durante su mandato, como denuncia la oposición.

Ahora sube el salario mínimo hasta los 1200 euros para tapar el desastre, y lo pagarán los autónomos.

Dicen que las pensiones subirán un 3%, pero con la cesta de la compra por las nubes eso no es nada.

Nadie en el Gobierno explica de dónde saldrá el dinero, ni qué pasará con las empresas que ya no pueden más.

¿Te ha gustado este artículo? Hazte socio de La Voz Libre por 3 euros al mes y ayúdanos a seguir siendo independientes.

Sobre el autor: Federico Lanza ha trabajado treinta años en la banca y escribe cada semana sobre economía real.

58 comentarios
Pepe_almedra: Totalmente de acuerdo, las cifras del paro son un cuento.
MariCarmen: Mi hijo lleva dos años buscando y no aparece en ninguna estadística.`,
    claims: [
      { id: 'es-d3-c1', group: 'almedra-paro', key: ['paro', '11,4%'] },
      { id: 'es-d3-c2', group: 'almedra-empleos', key: ['50000 empleos'] },
      { id: 'es-d3-c3', group: 'almedra-salario', key: ['salario mínimo', '1200 euros'] },
      { id: 'es-d3-c4', group: 'almedra-pensiones', key: ['pensiones', '3%'] },
    ],
    boilerplate: [
      'periodismo sin ataduras',
      'Inicio · Política · Economía · Vídeos · Hazte socio',
      'Publicado el 7 de octubre de 2026 · 6.312 lecturas',
      'Hazte socio de La Voz Libre por 3 euros al mes',
      'Sobre el autor: Federico Lanza ha trabajado treinta años en la banca',
      'Totalmente de acuerdo, las cifras del paro son un cuento.',
      'Mi hijo lleva dos años buscando y no aparece en ninguna estadística.',
    ],
  },
  {
    id: 'es-d4',
    language: 'es',
    outlet: 'Noticias Ya Agregador',
    format: 'html',
    publishedAt: '2026-10-06T19:00:00Z',
    text: `<html><body>
<div class="top">Noticias Ya | Lo más leído | Tendencias | Horóscopo | Loterías</div>
<div class="alerta">¿Quieres recibir notificaciones de última hora? Permitir | Ahora no</div>
<div class="nota">
<h1>Almedra: el Gobierno regional sube el salario mínimo y las pensiones</h1>
<p class="datos">Fuente: agencias | 06/10/2026 | 1.873 visitas | Tiempo de lectura: 2 minutos</p>
<p>El Ejecutivo de Almedra elevará el salario mínimo regional hasta 1.200 € mensuales desde el próximo enero, según anunció su presidente.</p>
<p>Las pensiones, por su parte, aumentarán un 3 por ciento en 2027.</p>
<p>El Gobierno atribuye las medidas a la buena marcha del empleo: el paro se situó en el 11,4 por ciento en el tercer trimestre.</p>
<p>La región cerró además el verano con un récord de 2,1 millones de turistas, según la consejería de Turismo.</p>
<p>El anuncio llega a ocho meses de las elecciones autonómicas, lo que ha llevado a la oposición a hablar de medidas electoralistas.</p>
<p>Las asociaciones de consumidores recordaron que los alquileres han subido más que los salarios en los últimos cinco años.</p>
</div>
<div class="publi">Publicidad - ¡Gana un coche nuevo! Participa en nuestro sorteo</div>
<div class="mas">Más noticias: Detenido un hombre por robar cobre en la vía del tren | El tiempo para el fin de semana</div>
<div class="pie">Noticias Ya no se hace responsable de las opiniones de los usuarios. © 2026 Noticias Ya</div>
</body></html>`,
    claims: [
      { id: 'es-d4-c1', group: 'almedra-salario', key: ['salario mínimo', '1.200 €'] },
      { id: 'es-d4-c2', group: 'almedra-pensiones', key: ['pensiones', '3 por ciento'] },
      { id: 'es-d4-c3', group: 'almedra-paro', key: ['paro', '11,4 por ciento'] },
      { id: 'es-d4-c4', group: 'almedra-turistas', key: ['2,1 millones de turistas'] },
    ],
    boilerplate: [
      'Noticias Ya | Lo más leído | Tendencias',
      '¿Quieres recibir notificaciones de última hora?',
      'Fuente: agencias | 06/10/2026 | 1.873 visitas',
      '¡Gana un coche nuevo!',
      'Detenido un hombre por robar cobre en la vía del tren',
      'El tiempo para el fin de semana',
      'no se hace responsable de las opiniones de los usuarios',
    ],
  },
  {
    id: 'es-f1',
    language: 'es',
    outlet: 'Vida Sana Digital',
    format: 'text',
    publishedAt: '2026-09-14T10:00:00Z',
    text: `Vida Sana Digital › Salud › Corazón
Iniciar sesión | Suscríbete

Caminar media hora al día, el gesto que protege el corazón

Por Marta Gil · 14/09/2026 · 4 minutos de lectura · 96 comentarios

Investigadores de la Universidad de Tarnow siguieron durante una década a más de 48.000 personas adultas.

Quienes caminaban al menos treinta minutos diarios presentaron un riesgo de enfermedad cardíaca un 25 % menor que los más sedentarios.

El trabajo, según ha podido saber este medio, contó con financiación parcial de la marca de ropa deportiva Stridewell.

Los autores insisten en que se trata de un estudio observacional y en que hacen falta ensayos para confirmar el efecto.

Aun así, los cardiólogos consultados recomiendan incorporar paseos cortos a la rutina diaria, sobre todo a partir de los cuarenta años.

Subir escaleras, bajarse del autobús una parada antes o pasear al perro son formas sencillas de empezar, recuerdan.

Este contenido es informativo y no sustituye la consulta con un profesional sanitario.
Recibe cada semana nuestros consejos de salud: suscríbete gratis.
Lo más visto: Las cinco frutas con más vitamina C | Cómo dormir mejor en verano`,
    claims: [
      { id: 'es-f1-c1', group: 'walk-cohort', key: ['48.000 personas'] },
      { id: 'es-f1-c2', group: 'walk-risk', key: ['treinta minutos', '25 % menor'] },
      { id: 'es-f1-c3', group: 'walk-funding', key: ['financiación', 'Stridewell'] },
    ],
    boilerplate: [
      'Vida Sana Digital › Salud › Corazón',
      'Iniciar sesión | Suscríbete',
      'Por Marta Gil · 14/09/2026',
      'no sustituye la consulta con un profesional sanitario',
      'Recibe cada semana nuestros consejos de salud',
      'Las cinco frutas con más vitamina C',
      'Cómo dormir mejor en verano',
    ],
  },
];
