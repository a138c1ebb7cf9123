using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using RulesCore.Settlement;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Errors;

namespace RulesCore.Samples.Http;

/// <summary>
/// Every error response is RFC 7807 problem details (<c>application/problem+json</c>: <c>type</c>, <c>title</c>,
/// <c>status</c>, <c>detail</c>) whose extension members are the contract's error document — <c>schemaVersion</c> and
/// <c>errors: [{path, code, message}]</c> — so a client that reads the error document keeps working.
/// </summary>
public static class Problems
{
    public const string ContentType = "application/problem+json";

    /// <summary>The problem details of a refusal, with the error document's members.</summary>
    public static IResult Result(int status, string detail, params IReadOnlyList<InputError> errors) =>
        TypedResults.Problem(Details(status, detail, errors));

    /// <summary>Writes the problem details of a refusal (for callbacks that write the response themselves).</summary>
    public static Task Write(HttpContext context, int status, string detail, params IReadOnlyList<InputError> errors) =>
        Result(status, detail, errors).ExecuteAsync(context);

    /// <summary>
    /// Gives the problem details ASP.NET writes itself (404, 405, an unhandled exception's 500) the error document's
    /// members too, with one error for the document as a whole (<c>$</c>).
    /// </summary>
    public static void AddErrorDocument(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey("errors"))
        {
            return;
        }

        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        var code = status switch
        {
            StatusCodes.Status404NotFound => "NOT_FOUND",
            StatusCodes.Status405MethodNotAllowed => "METHOD_NOT_ALLOWED",
            StatusCodes.Status500InternalServerError => "INTERNAL_ERROR",
            _ => "HTTP_" + status.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        AddMembers(problem, [new InputError("$", code, problem.Title ?? "The request failed.")]);
    }

    private static ProblemDetails Details(int status, string detail, IReadOnlyList<InputError> errors)
    {
        // type and title are ASP.NET's for the status (an RFC 9110 link and its reason phrase); the codes in errors say more.
        var problem = new ProblemDetails { Status = status, Detail = detail };
        AddMembers(problem, errors);
        return problem;
    }

    private static void AddMembers(ProblemDetails problem, IReadOnlyList<InputError> errors)
    {
        // The members are written by the library's own writer: exactly the contract's error document.
        using var document = JsonDocument.Parse(SettlementJson.WriteErrors(errors, indented: false));
        problem.Extensions["schemaVersion"] = document.RootElement.GetProperty("schemaVersion").Clone();
        problem.Extensions["errors"] = document.RootElement.GetProperty("errors").Clone();
    }
}
