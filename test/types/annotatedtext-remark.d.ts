// annotatedtext-remark ships no types: the part the client tests use.
declare module "annotatedtext-remark" {
  export interface IAnnotation {
    text?: string;
    markup?: string;
    interpretAs?: string;
    offset: { start: number; end: number };
  }
  export interface IOptions {
    interpretmarkup(text?: string): string;
    [option: string]: unknown;
  }
  export const defaults: IOptions;
  export function build(text: string, options: IOptions): { annotation: IAnnotation[] };
}
