// Starts Swagger UI from a file rather than an inline script, so that the page's Content-Security-Policy can say
// script-src 'self' (common/SwaggerUiPolicy).
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/q/openapi',
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'StandaloneLayout',
  });
});
