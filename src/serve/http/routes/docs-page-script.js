// Renders /openapi.json as a readable list of routes. Plain browser JavaScript, served as is by /docs/docs.js.
const element = (tag, text, className) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

const schemaName = (schema) => {
  if (!schema) return "";
  if (schema.$ref) return schema.$ref.split("/").pop();
  if (schema.enum) return schema.enum.join(" | ");
  return schema.type ?? "";
};

async function render() {
  const main = document.getElementById("docs");
  const spec = await (await fetch("/openapi.json")).json();
  main.textContent = "";
  const byTag = new Map();
  for (const [path, operations] of Object.entries(spec.paths ?? {})) {
    for (const [method, operation] of Object.entries(operations)) {
      const tag = operation.tags?.[0] ?? "other";
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag).push({ path, method, operation });
    }
  }
  for (const [tag, routes] of byTag) {
    main.append(element("h2", tag));
    for (const { path, method, operation } of routes) {
      const box = element("section", undefined, "route");
      const head = element("div");
      head.append(element("span", method, `method ${method}`), element("code", path));
      box.append(head, element("p", operation.summary ?? "", "muted"));
      const parameters = operation.parameters ?? [];
      if (parameters.length > 0) {
        const table = element("table");
        for (const parameter of parameters) {
          const row = element("tr");
          row.append(
            element("td", `${parameter.name}${parameter.required ? " *" : ""}`),
            element("td", parameter.in, "muted"),
            element("td", schemaName(parameter.schema)),
            element("td", parameter.schema?.description ?? parameter.description ?? "", "muted"),
          );
          table.append(row);
        }
        box.append(table);
      }
      const statuses = Object.entries(operation.responses ?? {}).map(
        ([code, response]) => `${code} ${response.description}`,
      );
      box.append(element("p", `Responses: ${statuses.join(" · ")}`, "muted"));
      main.append(box);
    }
  }
}

render().catch((error) => {
  document.getElementById("docs").textContent = `Could not load /openapi.json: ${error}`;
});
