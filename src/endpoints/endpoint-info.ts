export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface EndpointInfo {
  /** Our short name, accepted by --endpoint. */
  name: string;
  method: HttpMethod;
  /** Path template with {params}, as Genesys documents it. */
  path: string;
  /** SDK name of the body model, or null when the endpoint takes no body. */
  model: string | null;
  bodyRequired: boolean;
  permissions: { mode: 'ANY' | 'ALL' | 'NONE'; list: readonly string[] };
  /** Present on endpoints Genesys marks deprecated: the paths that replace them. */
  replacedBy?: readonly string[];
}
