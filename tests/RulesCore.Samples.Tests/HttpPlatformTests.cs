using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using RulesCore.Samples.Http;

namespace RulesCore.Samples.Tests;

/// <summary><c>POST /evaluate/platform</c>: the HIS's national-platform messages in, the decision with its case and assumptions out.</summary>
public sealed class HttpPlatformTests : RunningSample
{
    private static JsonNode Sample(string name) => JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("samples", "platform", name)))!;

    private static JsonObject Messages(string encounter = "2201-encounter.json") => new()
    {
        ["person"] = Sample("1101-person.json"),
        ["chronic"] = Sample("5301-chronic.json"),
        ["designations"] = new JsonArray(Sample("5302-designations.json")),
        ["encounter"] = Sample(encounter),
        ["fees"] = Sample("2204-fees.json"),
        ["hospital"] = Sample("hospital-wuhan.json"),
    };

    private async Task<(HttpStatusCode Status, JsonElement Body)> Post(string path, JsonNode body)
    {
        using var response = await _client!.PostAsync(path, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Fact]
    public async Task TheMessages_GetTheDecision_TheCase_AndTheAssumptions()
    {
        var (status, body) = await Post("/evaluate/platform?lang=en", Messages());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("undetermined", body.GetProperty("decision").GetProperty("outcome").GetString());
        Assert.Equal("filings", body.GetProperty("decision").GetProperty("checks")[0].GetProperty("fact").GetString());
        Assert.Equal("430100", body.GetProperty("case").GetProperty("person").GetProperty("insuredRegion").GetString());
        var assumption = body.GetProperty("assumptions")[0];
        Assert.Equal(("C", "person.contribution.status = active"), (assumption.GetProperty("confidence").GetString(), assumption.GetProperty("becomes").GetString()));
        Assert.StartsWith("1101 psn_insu_stas 1 (insured)", assumption.GetProperty("text").GetString(), StringComparison.Ordinal);

        var (chronicStatus, chronic) = await Post("/evaluate/platform", Messages("2201-encounter-chronic.json"));
        Assert.Equal(HttpStatusCode.OK, chronicStatus);
        Assert.Equal("payThenClaim", chronic.GetProperty("decision").GetProperty("outcome").GetString());
        Assert.Contains("（可信度 ", chronic.GetProperty("assumptions")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidMessages_AreProblemDetails_WithEachErrorsPathUnderItsMessage()
    {
        var messages = Messages();
        messages["encounter"]!["input"]!["data"]!["med_type"] = "9901";
        messages["person"] = new JsonObject { ["infcode"] = -1, ["err_msg"] = "参保人不存在" };

        var (status, body) = await Post("/evaluate/platform?lang=en", messages);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The platform messages are invalid.", body.GetProperty("detail").GetString());
        var error = body.GetProperty("errors")[0];
        Assert.Equal(("person.infcode", "PLATFORM_ERROR"), (error.GetProperty("path").GetString(), error.GetProperty("code").GetString()));
        Assert.Contains("参保人不存在", error.GetProperty("message").GetString(), StringComparison.Ordinal);

        messages["person"] = Sample("1101-person.json");
        (status, body) = await Post("/evaluate/platform", messages);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(("encounter.input.data.med_type", "UNKNOWN_VALUE"), (body.GetProperty("errors")[0].GetProperty("path").GetString(), body.GetProperty("errors")[0].GetProperty("code").GetString()));
        Assert.StartsWith("med_type 9901 不在代码表中", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEndpoint_IsDescribedInTheOpenApiDocument()
    {
        using var document = JsonDocument.Parse(await _client!.GetStringAsync("/openapi/v1.json"));
        var operation = document.RootElement.GetProperty("paths").GetProperty("/evaluate/platform").GetProperty("post");

        Assert.True(operation.GetProperty("responses").TryGetProperty("400", out _));
        Assert.Contains("person", operation.GetProperty("requestBody").GetRawText(), StringComparison.Ordinal);
    }
}
