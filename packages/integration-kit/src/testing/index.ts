export {
  describeWebhookContract,
  type UnsignedDelivery,
  type WebhookContractSubject,
} from "./contract/webhooks.js";
export { type ContractSubject, describeIntegrationContract, type IntegrationClass } from "./contract-suite.js";
export {
  executeJobOnce,
  type JobExecution,
  type JobExecutionAnswer,
  type RequestHandlingClient,
} from "./execute-job-once.js";
export { codeSpans, matchesRoute, readmeTableRows } from "./readme-table.js";
export {
  type RecordedRequest,
  type RecordedResponse,
  type RecordingServer,
  startRecordingServer,
  useRecordingServer,
} from "./recording-server.js";
export { createTestIO, type RecordedTask, type TestIO, type TestIOOptions } from "./test-io.js";
