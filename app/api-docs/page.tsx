// The API reference, rendered on the server from the same OpenAPI document the API serves
// (no client script, no CDN): every operation with who may call it, its parameters and body.
import type { Metadata } from "next";
import { openApiDocument } from "#lib/api/openapi.ts";
import { OPERATIONS } from "#lib/api/operations.ts";
import styles from "#components/auth/auth.module.css";

export const metadata: Metadata = { title: "API reference" };

type Op = ReturnType<typeof openApiDocument>["paths"][string][string] & {
  parameters: Array<{ name: string; in: string; required: boolean; schema: unknown }>;
  requestBody?: { content: { "application/json": { schema: unknown } } };
  responses: Record<string, { description: string }>;
  description: string;
};

const AUTH_ENDPOINTS = [
  ["POST", "/api/auth/sign-up/email", "{ email, password, name }: create an account, signed in"],
  ["POST", "/api/auth/sign-in/email", "{ email, password }: sign in (sets the session cookie)"],
  ["POST", "/api/auth/sign-out", "end this session"],
  ["POST", "/api/auth/change-password", "{ currentPassword, newPassword, revokeOtherSessions }"],
  ["GET", "/api/auth/get-session", "the current session and user, or null"],
  ["GET", "/api/auth/list-sessions", "this account's sessions"],
  ["POST", "/api/auth/revoke-other-sessions", "sign out every other device"],
] as const;

const schemaText = (schema: unknown) => JSON.stringify(schema, null, 2);

export default function ApiDocsPage() {
  const doc = openApiDocument();
  const tags = [...new Set(OPERATIONS.map((o) => o.tag))];
  return (
    <div className="page">
      <h1>API reference</h1>
      <p className="lead">{doc.info.description}</p>
      <p>
        Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
        Mutations sent with the session cookie must come from this site (the Origin and
        Sec-Fetch-Site headers are checked).
      </p>
      <nav aria-label="API sections">
        <ul>
          <li>
            <a href="#accounts">accounts</a>
          </li>
          {tags.map((tag) => (
            <li key={tag}>
              <a href={`#${tag}`}>{tag}</a>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="accounts">
        <h2 id="accounts">accounts (/api/auth, better-auth)</h2>
        <table className={styles.table}>
          <tbody>
            {AUTH_ENDPOINTS.map(([method, path, what]) => (
              <tr key={path}>
                <td>
                  <code>{method}</code>
                </td>
                <td>
                  <code>{path}</code>
                </td>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={tag}>
          <h2 id={tag}>{tag}</h2>
          {OPERATIONS.filter((o) => o.tag === tag).map((o) => {
            const op = doc.paths[o.path]![o.method] as Op;
            return (
              <article key={`${o.method} ${o.path}`} className="card">
                <h3>
                  <code>
                    {o.method.toUpperCase()} {o.path}
                  </code>
                </h3>
                <p>{o.summary}.</p>
                <p className="muted">{op.description}</p>
                {op.parameters.length > 0 ? (
                  <table className={styles.table}>
                    <caption className="visually-hidden">Parameters</caption>
                    <thead>
                      <tr>
                        <th scope="col">Parameter</th>
                        <th scope="col">In</th>
                        <th scope="col">Schema</th>
                      </tr>
                    </thead>
                    <tbody>
                      {op.parameters.map((p) => (
                        <tr key={`${p.in}-${p.name}`}>
                          <td>
                            <code>{p.name}</code>
                            {p.required ? " (required)" : ""}
                          </td>
                          <td>{p.in}</td>
                          <td>
                            <code>{JSON.stringify(p.schema)}</code>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
                {op.requestBody ? (
                  <details>
                    <summary>Request body (JSON Schema)</summary>
                    <pre className={styles.code} tabIndex={0}>
                      <code>{schemaText(op.requestBody.content["application/json"].schema)}</code>
                    </pre>
                  </details>
                ) : null}
                <p className="small">
                  Answers:{" "}
                  {Object.entries(op.responses)
                    .map(([status, r]) => `${status} ${r.description}`)
                    .join(" · ")}
                </p>
              </article>
            );
          })}
        </section>
      ))}
    </div>
  );
}
