// The few shapes of the Debug Adapter Protocol the adapter speaks (its JSON, by hand: the
// protocol's own type package is not a dependency here).

export interface DapRequest {
  seq: number;
  type: 'request';
  command: string;
  arguments?: Record<string, unknown>;
}

export interface DapResponse {
  seq: number;
  type: 'response';
  request_seq: number;
  success: boolean;
  command: string;
  message?: string;
  body?: unknown;
}

export interface DapEvent {
  seq: number;
  type: 'event';
  event: string;
  body?: unknown;
}

export type DapMessage = DapRequest | DapResponse | DapEvent;

export interface DapSource {
  name?: string;
  path?: string;
}
