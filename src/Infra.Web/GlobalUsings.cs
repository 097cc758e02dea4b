// The namespaces every endpoint file of this project needs.
global using Infra.Web.Audit;
global using Infra.Web.Auth;
global using Infra.Web.Errors;
global using Microsoft.AspNetCore.Builder;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Routing;
