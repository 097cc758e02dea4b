using Microsoft.AspNetCore.Diagnostics;

namespace Infra.Web.Errors;

/// <summary>
/// Writes the problem of <see cref="ExceptionProblems"/> for exceptions caused by the request (bad input: 400, refused
/// import: 409, too large: 413); others fall through to the generic 500.
/// </summary>
internal sealed class InputProblemHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (ExceptionProblems.Map(exception) is not { } problem)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
