export const x: number = 1;
export function hello(name: string): string {
  return `hi ${name}`;
}
