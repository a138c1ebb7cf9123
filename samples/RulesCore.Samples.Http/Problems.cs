using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using RulesCore.Settlement;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Model;

namespace RulesCore.Samples.Http;

/// <summary>
/// Every error response is RFC 7807 problem details (<c>application/problem+json</c>: <c>type</c>, <c>title</c>,
/// <c>status</c>, <c>detail</c>) whose extension members are the contract's error document — <c>schemaVersion</c> and
/// <c>errors: [{path, code, message}]</c> — so a client that reads the error document keeps working. The detail and each
/// message are in the request's language (<c>?lang=</c>, zh-CN by default), as decisions are.
/// </summary>
public static class Problems
{
    public const string ContentType = "application/problem+json";

    /// <summary>
    /// The language of a request's answers, refusals included: its <c>lang</c> query parameter when supported, else
    /// zh-CN (a request whose <c>lang</c> is not supported is refused in zh-CN).
    /// </summary>
    public static string LanguageOf(HttpRequest request) =>
        request.Query["lang"].FirstOrDefault() is { } language && Languages.IsSupported(language) ? language : Languages.Chinese;

    /// <summary>The problem details of a refusal, with the error document's members, in <paramref name="language"/>.</summary>
    public static IResult Result(int status, string language, LocalizedText detail, params IReadOnlyList<InputError> errors) =>
        TypedResults.Problem(Details(status, detail.In(language), errors, language));

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
        var title = problem.Title ?? "The request failed.";
        var (code, chinese) = status switch
        {
            StatusCodes.Status404NotFound => ("NOT_FOUND", "没有这个地址。"),
            StatusCodes.Status405MethodNotAllowed => ("METHOD_NOT_ALLOWED", "这个地址不接受这种请求方法。"),
            StatusCodes.Status500InternalServerError => ("INTERNAL_ERROR", "服务内部出错。"),
            _ => ("HTTP_" + status.ToString(System.Globalization.CultureInfo.InvariantCulture), $"请求未能完成（HTTP {status}）。"),
        };
        AddMembers(problem, [new InputError("$", code, new LocalizedText(chinese, title))], LanguageOf(context.HttpContext.Request));
    }

    private static ProblemDetails Details(int status, string detail, IReadOnlyList<InputError> errors, string language)
    {
        // type and title are ASP.NET's for the status (an RFC 9110 link and its reason phrase); the codes in errors say more.
        var problem = new ProblemDetails { Status = status, Detail = detail };
        AddMembers(problem, errors, language);
        return problem;
    }

    private static void AddMembers(ProblemDetails problem, IReadOnlyList<InputError> errors, string language)
    {
        // The members are written by the library's own writer: exactly the contract's error document, in the request's language.
        using var document = JsonDocument.Parse(SettlementJson.WriteErrors(errors, language, indented: false));
        problem.Extensions["schemaVersion"] = document.RootElement.GetProperty("schemaVersion").Clone();
        problem.Extensions["errors"] = document.RootElement.GetProperty("errors").Clone();
    }
}
