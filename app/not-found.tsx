import { NothingHere } from "@/components/views/nothing-here";

export default function NotFound() {
  return <NothingHere />;
}
