import { type RunMode, type Task, TaskGroup } from "@acme/integration-kit";
import type OpenAI from "openai";
import type {
  ImageEditParamsNonStreaming,
  ImageGenerateParamsNonStreaming,
  ImagesResponse,
} from "openai/resources/images";
import type { Uploadable } from "openai/uploads";
import { type BackgroundFetchOptions, backgroundPost } from "./background.js";
import { acceptingFetchOptions } from "./positional.js";
import { type FileInput, urlOrUpload } from "./to-upload.js";

/** An image edit: `image` (and `mask`) as a URL to fetch, as `@trigger.dev/openai` took them, or the file itself. */
export type ImageEditParams = Omit<ImageEditParamsNonStreaming, "image" | "mask"> & {
  image: FileInput | Uploadable[];
  mask?: FileInput;
};

/** A variation request: `image` as a URL to fetch or the file itself. */
export interface ImageVariationParams {
  image: FileInput;
  model?: (string & {}) | "dall-e-2" | null;
  n?: number | null;
  response_format?: "url" | "b64_json" | null;
  size?: "256x256" | "512x512" | "1024x1024" | null;
  user?: string;
}

/** An image generation, with `@trigger.dev/openai`'s `fetchOptions` for the background variant. */
export type BackgroundImageParams = ImageGenerateParamsNonStreaming & { fetchOptions?: BackgroundFetchOptions };

const imageProperties = (p: { model?: string | null; n?: number | null; size?: string | null }) =>
  [
    ["Model", p.model ?? undefined],
    ["Images", p.n ?? undefined],
    ["Size", p.size ?? undefined],
  ] as const;

/** Images: generate, edit, vary. Nothing lingers: a retry generates again (and is billed again). */
export class Images<M extends RunMode = "job"> extends TaskGroup<OpenAI, M> {
  /** Creates images from a prompt (`createImage` and `images.create` in `@trigger.dev/openai`). */
  readonly generate = this.task({
    name: "Generate Image",
    call: (client, p: ImageGenerateParamsNonStreaming) => client.images.generate(p),
    properties: (p) => imageProperties(p),
    sideEffect: "idempotent",
  });
  /** Generates images through Trigger.dev's background fetch (v2 jobs). */
  readonly backgroundGenerate = acceptingFetchOptions<
    Task<M, BackgroundImageParams, ImagesResponse>,
    ImageGenerateParamsNonStreaming
  >(
    this.task({
      name: "Background Generate Image",
      call: (client, p: BackgroundImageParams, context) => {
        const { fetchOptions, ...body } = p;
        return backgroundPost<ImagesResponse>(client, context, {
          task: "Background Generate Image",
          endpoint: "/images/generations",
          body,
          fetchOptions,
        });
      },
      properties: (p) => imageProperties(p),
      sideEffect: "idempotent",
    }),
  );
  /** Edits an image (or several) with a prompt; a string `image` or `mask` is a URL to fetch. */
  readonly edit = this.task({
    name: "Edit Image",
    call: async (client, p: ImageEditParams) => {
      const image = Array.isArray(p.image) ? p.image : await urlOrUpload(p.image);
      const mask = p.mask === undefined ? undefined : await urlOrUpload(p.mask);
      return client.images.edit({ ...p, image, ...(mask ? { mask } : {}) } as ImageEditParamsNonStreaming);
    },
    properties: (p) => [...imageProperties(p), ["Prompt", p.prompt.slice(0, 60)]],
    sideEffect: "idempotent",
  });
  /** Creates variations of an image (DALL·E 2); a string `image` is a URL to fetch. */
  readonly createVariation = this.task({
    name: "Create Image Variation",
    call: async (client, p: ImageVariationParams) =>
      client.images.createVariation({ ...p, image: await urlOrUpload(p.image) }),
    properties: (p) => imageProperties(p),
    sideEffect: "idempotent",
  });

  /** `@trigger.dev/openai`'s name for {@link Images.generate}. */
  get create(): this["generate"] {
    return this.generate;
  }
  /** `@trigger.dev/openai`'s name for {@link Images.backgroundGenerate}. */
  get backgroundCreate(): this["backgroundGenerate"] {
    return this.backgroundGenerate;
  }
}
