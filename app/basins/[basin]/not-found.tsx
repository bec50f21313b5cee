import { headers } from "next/headers";
import { NotFoundView } from "@/components/views/not-found-view";
import { NothingHere } from "@/components/views/nothing-here";
import { missingTargetFromPath, REQUEST_PATH_HEADER } from "@/lib/view/missing-target";
import { basinExists, closeSiblingNames } from "@/lib/view/resource-exists";

/**
 * A basin or stream page that called `notFound()` (answered 404): keep the view's frame and name, say
 * which name is missing where (the basin, or the stream in an existing basin), and suggest close names
 * from the parent's listing. Not-found pages get no params, so the path comes from the proxy's header.
 */
export default async function MissingBasinOrStream() {
  const target = missingTargetFromPath((await headers()).get(REQUEST_PATH_HEADER));
  if (target === null) return <NothingHere />;
  const { basin, stream } = target;
  if (stream === undefined || (await basinExists(basin)) === "no") {
    return (
      <NotFoundView
        missing="basin"
        basin={basin}
        stream={stream}
        suggestions={await closeSiblingNames(basin)}
      />
    );
  }
  return (
    <NotFoundView
      missing="stream"
      basin={basin}
      stream={stream}
      suggestions={await closeSiblingNames(stream, basin)}
    />
  );
}
