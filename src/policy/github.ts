// The issuer of GitHub Actions OIDC tokens, named by the engine's hints and the suggested
// policy. A leaf module: the suggestion (on the main bundle's failure path) imports it without
// loading the engine.
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'
