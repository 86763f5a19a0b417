import { getMDXExport } from "mdx-bundler/client";
import type { ComponentType, ReactNode } from "react";

type MdxComponents = Record<string, ComponentType<never> | ((props: never) => ReactNode)>;

// Renders MDX compiled by lib/content (mdx-bundler) on the server. The compiled module is a
// plain function component without hooks, so it is called directly rather than created as a
// component during render.
export function MdxContent({ code, components }: { code: string; components: MdxComponents }) {
  const render = getMDXExport(code).default as unknown as (props: {
    components: MdxComponents;
  }) => ReactNode;
  return <>{render({ components })}</>;
}
