// generated from specs/klaus/openapi.yaml by @cxkit-tools/codegen, do not edit

import type {
  CallOptions,
  ItemAt,
  OperationParams,
  OperationResult,
} from "@cxkit/core";
import type { operations } from "./schema.js";

/** Named methods of a Klaus client, one per operation of specs/klaus/openapi.yaml: `client.<operationId>(params?, options?)` resolves to the 2xx body and throws a typed error otherwise. */
export interface KlausMethods {
  /**
   * Enrich conversations via API
   *
   * Attaches a CSAT score and/or comment to a conversation (`ticket_id`) of the given connection. With a
   * `message_id` the score is shown on that reply; without it Klaus shows it in the conversation details.
   *
   * Authenticate with the API token of the connection's Custom Integration as a bearer token.
   *
   * `POST /capture/integration/klaus-csat/token/{connectionId}`
   */
  sendCsatEvent(
    params: OperationParams<operations["sendCsatEvent"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["sendCsatEvent"]>>;
  /**
   * Export reviews of a workspace
   *
   * Lists the conversations of one workspace that were reviewed in the date window, each with its reviews
   * (score, per-category ratings, the review comment and its thread) and the comments left on the
   * conversation itself. `fromDate` is required. Pages with `page` and `pageSize`; `pagination` in the
   * answer says which page was served and how many conversations the window holds in total.
   *
   * `GET /api/export/workspace/{workspace}/reviews` (paginated: walk it with `paginate(client, "/api/export/workspace/{workspace}/reviews")`)
   */
  listWorkspaceReviews(
    params: OperationParams<operations["listWorkspaceReviews"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listWorkspaceReviews"]>>;
  /**
   * Export reviews of the account
   *
   * Like `listWorkspaceReviews`, for every workspace of the account at once: each conversation says which
   * workspace it belongs to (`workspaceId`, `workspaceName`). `fromDate` is required; pages with `page`
   * and `pageSize`.
   *
   * `GET /api/export/reviews` (paginated: walk it with `paginate(client, "/api/export/reviews")`)
   */
  listAccountReviews(
    params: OperationParams<operations["listAccountReviews"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listAccountReviews"]>>;
  /**
   * Export CSAT of a workspace
   *
   * Lists the CSAT answers collected for conversations of one workspace in the date window: the score
   * (normalized and as received), the customer's comment, reason and drivers, and who handled the
   * conversation. `fromDate` is required; pages with `page` and `pageSize`.
   *
   * `GET /api/export/workspace/{workspace}/csat` (paginated: walk it with `paginate(client, "/api/export/workspace/{workspace}/csat")`)
   */
  listWorkspaceCsat(
    params: OperationParams<operations["listWorkspaceCsat"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listWorkspaceCsat"]>>;
  /**
   * Export CSAT of the account
   *
   * Like `listWorkspaceCsat`, account-wide; `workspace` narrows the answer to one workspace. `fromDate` is
   * required; pages with `page` and `pageSize`.
   *
   * `GET /api/export/csat` (paginated: walk it with `paginate(client, "/api/export/csat")`)
   */
  listAccountCsat(
    params: OperationParams<operations["listAccountCsat"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listAccountCsat"]>>;
  /**
   * Export disputes of a workspace
   *
   * Lists the disputes raised against reviews of one workspace: who raised them, the categories disputed
   * with the rating asked for, the discussion, and how and when they were resolved or rejected. Unlike the
   * other date-windowed exports, `fromDate` is optional here. Pages with `page` and `pageSize`.
   *
   * `GET /api/export/workspace/{workspace}/disputes` (paginated: walk it with `paginate(client, "/api/export/workspace/{workspace}/disputes")`)
   */
  listDisputes(
    params: OperationParams<operations["listDisputes"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listDisputes"]>>;
  /**
   * Export calibration sessions of a workspace
   *
   * Lists the calibration sessions of one workspace (sessions in which several reviewers review the same
   * conversations to align their scoring), with each conversation and every reviewer's review of it.
   * `fromDate` is required; pages with `page` and `pageSize`.
   *
   * `GET /api/export/workspace/{workspace}/calibration-sessions` (paginated: walk it with `paginate(client, "/api/export/workspace/{workspace}/calibration-sessions")`)
   */
  listCalibrationSessions(
    params: OperationParams<operations["listCalibrationSessions"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listCalibrationSessions"]>>;
  /**
   * Export scorecards of a workspace
   *
   * Lists the scorecards of one workspace with their rating categories (scale, weight, criticality,
   * conditions, root causes, AutoQA settings) and category groups. Not paginated: every scorecard comes in
   * one answer, with their number in `total`.
   *
   * `GET /api/export/workspace/{workspace}/scorecards`
   */
  listScorecards(
    params: OperationParams<operations["listScorecards"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listScorecards"]>>;
  /**
   * Export users of a workspace
   *
   * Lists the users who are members of one workspace. Not paginated.
   *
   * `GET /api/export/workspace/{workspace}/users`
   */
  listWorkspaceUsers(
    params: OperationParams<operations["listWorkspaceUsers"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listWorkspaceUsers"]>>;
  /**
   * Export users of the account
   *
   * Lists every user of the Zendesk QA account, whichever workspaces they belong to. Not paginated.
   *
   * `GET /api/export/users`
   */
  listAccountUsers(
    params?: Record<string, never>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listAccountUsers"]>>;
  /**
   * Export workspaces
   *
   * Lists the workspaces of the account with their IDs, the `workspace` value the per-workspace exports take. Not paginated.
   *
   * `GET /api/export/workspaces`
   */
  listWorkspaces(
    params?: Record<string, never>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listWorkspaces"]>>;
  /**
   * Export AutoQA reviews
   *
   * Lists the reviews AutoQA made automatically, one row per reviewed conversation and agent, optionally
   * narrowed to a workspace, a connection or one agent. `fromDate` is required.
   *
   * The answer carries both a `pagination` block and a `nextCursor`. Walk the rows with the cursor: send the
   * `nextCursor` of one answer as `cursor` of the next request, with the same filters, until it comes back
   * empty. `page`/`pageSize` are accepted too.
   *
   * `GET /api/export/autoqa/reviews` (paginated: walk it with `paginate(client, "/api/export/autoqa/reviews")`)
   */
  listAutoQaReviews(
    params: OperationParams<operations["listAutoQaReviews"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listAutoQaReviews"]>>;
  /**
   * Export AutoQA ratings
   *
   * Lists AutoQA's per-category ratings, one row per rated category of an AutoQA review, with the score,
   * the scale it was given on, weight, criticality and root causes. Takes the filters of
   * `listAutoQaReviews` plus `autoqaCategoryType`, `ratingCategoryId` and `rootCauseCode`. `fromDate` is
   * required. Walk the rows with `cursor` / `nextCursor` as for `listAutoQaReviews`.
   *
   * `GET /api/export/autoqa/ratings` (paginated: walk it with `paginate(client, "/api/export/autoqa/ratings")`)
   */
  listAutoQaRatings(
    params: OperationParams<operations["listAutoQaRatings"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listAutoQaRatings"]>>;
  /**
   * Search conversations by end-user email
   *
   * Finds the conversations Zendesk QA holds for one end user (customer) of an account, by their email
   * address, and answers each conversation's external ID and link. Useful to answer a data-subject request
   * (GDPR access or erasure) before deleting imported conversations with `deleteImportedTickets`.
   *
   * A read, although sent as POST: sending it twice is harmless.
   *
   * `POST /api/export/conversations/search`
   */
  searchConversations(
    params: OperationParams<operations["searchConversations"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["searchConversations"]>>;
  /**
   * Export quizzes
   *
   * Lists the quizzes of the account with their status, author, publication date, number of participants and average score. Not paginated.
   *
   * `GET /api/export/quizzes`
   */
  listQuizzes(
    params?: Record<string, never>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listQuizzes"]>>;
  /**
   * Export the quiz leaderboard
   *
   * Answers the leaderboard across all quizzes: per user, how many quizzes they took, their average score and their rank. Not paginated.
   *
   * `GET /api/export/quizzes/leaderboard`
   */
  getQuizLeaderboard(
    params?: Record<string, never>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getQuizLeaderboard"]>>;
  /**
   * Export a quiz overview
   *
   * Answers one quiz with its questions and, per answer option, how often it was chosen: the statistics behind the quiz's results page.
   *
   * `GET /api/export/quizzes/{id}/overview`
   */
  getQuizOverview(
    params: OperationParams<operations["getQuizOverview"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getQuizOverview"]>>;
  /**
   * Export responses to a quiz
   *
   * Lists who answered one quiz and the share of their answers that were correct. Not paginated.
   *
   * `GET /api/export/quizzes/{id}/responses`
   */
  listQuizResponses(
    params: OperationParams<operations["listQuizResponses"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listQuizResponses"]>>;
  /**
   * Export one response to a quiz
   *
   * Answers one user's response to a quiz, with every question, the options they chose and whether they were right.
   *
   * `GET /api/export/quizzes/{id}/responses/{response}`
   */
  getQuizResponse(
    params: OperationParams<operations["getQuizResponse"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getQuizResponse"]>>;
  /**
   * Import tickets
   *
   * Creates or updates conversations ("tickets") in Zendesk QA from another help desk, with their replies
   * and internal notes (`comments`), custom fields, tags and CSAT (`satisfactionScore`,
   * `satisfactionComment`). A conversation is reviewable when `assigneeEmail`, or the `authorEmail` of one
   * of its comments, matches an internal Zendesk QA user; import the agents first with `importUsers`.
   *
   * The import is an upsert keyed by your own `id` of each ticket (and of each comment): sending a ticket
   * whose `id` was imported before updates it instead of creating a second one. Because `id` is required,
   * sending the same request twice leaves the same result as sending it once, so this operation is marked
   * safe to repeat (`x-cxkit-idempotent`) and the client re-sends it after an ambiguous failure.
   *
   * At most 100 tickets per request and 500 comments per ticket. (developer.zendesk.com documents 100
   * tickets per import; the Swagger file's description says 10,000. This description enforces the lower,
   * safe limit: send larger batches as several requests.) The answer is an empty object.
   *
   * Accounts not yet migrated to Zendesk sign-in use the older host and path
   * `https://pub.klausapp.com/v1/tickets` for the same body; that endpoint is not part of this client.
   *
   * `POST /api/import/tickets`
   */
  importTickets(
    params: OperationParams<operations["importTickets"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["importTickets"]>>;
  /**
   * Delete imported tickets
   *
   * Deletes imported conversations by your own IDs (the `id` they were imported with), for example to
   * honour an erasure request. Repeat `ticketExternalIds` once per conversation:
   * `?ticketExternalIds=48213&ticketExternalIds=47102`. Deleting is safe to repeat (DELETE). The answer is
   * an empty object.
   *
   * `DELETE /api/import/tickets`
   */
  deleteImportedTickets(
    params?: OperationParams<operations["deleteImportedTickets"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["deleteImportedTickets"]>>;
  /**
   * Get an imported ticket
   *
   * Answers a conversation as Zendesk QA stored it from an import: your `externalId`, Zendesk QA's own
   * `internalId`, the import time and its comments. Use it to check that an import arrived. Unlike the
   * Export API, this answer carries int64 values (`internalId`, `callDuration`) as JSON numbers.
   *
   * `GET /api/import/tickets/{ticketExternalId}`
   */
  getImportedTicket(
    params: OperationParams<operations["getImportedTicket"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getImportedTicket"]>>;
  /**
   * Import users
   *
   * Adds users (usually the agents of the other help desk) to Zendesk QA by email address and name, so
   * that imported conversations whose `assigneeEmail` or comment `authorEmail` names them become
   * reviewable.
   *
   * The import is keyed by `userEmail` (required here): the body has no other identifier, and an email
   * address belongs to at most one user of a Zendesk QA account, so importing an address that is already
   * there cannot add a second user. Sending the same request twice therefore leaves the same result as
   * sending it once, and the operation is marked safe to repeat (`x-cxkit-idempotent`). The answer is an
   * empty object.
   *
   * `POST /api/import/users`
   */
  importUsers(
    params: OperationParams<operations["importUsers"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["importUsers"]>>;
}

/** Type-level facts of a Klaus client: the paths `paginate()` walks (and their item types), and the writes Klaus dedupes by a key the caller sets. */
export interface KlausMeta {
  paginated: {
    "/api/export/workspace/{workspace}/reviews": {
      get: ItemAt<OperationResult<operations["listWorkspaceReviews"]>, "conversations">;
    };
    "/api/export/reviews": {
      get: ItemAt<OperationResult<operations["listAccountReviews"]>, "conversations">;
    };
    "/api/export/workspace/{workspace}/csat": {
      get: ItemAt<OperationResult<operations["listWorkspaceCsat"]>, "tickets">;
    };
    "/api/export/csat": {
      get: ItemAt<OperationResult<operations["listAccountCsat"]>, "tickets">;
    };
    "/api/export/workspace/{workspace}/disputes": {
      get: ItemAt<OperationResult<operations["listDisputes"]>, "disputes">;
    };
    "/api/export/workspace/{workspace}/calibration-sessions": {
      get: ItemAt<OperationResult<operations["listCalibrationSessions"]>, "calibrationSessions">;
    };
    "/api/export/autoqa/reviews": {
      get: ItemAt<OperationResult<operations["listAutoQaReviews"]>, "rows">;
    };
    "/api/export/autoqa/ratings": {
      get: ItemAt<OperationResult<operations["listAutoQaRatings"]>, "rows">;
    };
  };
  keyed: {

  };
}
